-- Load script for wrk (bench/registry/wrk-load.ts): each thread cycles through the prepared
-- requests of a cases file, and checks every answer it can: an answer names the question it
-- answers ("type" and "query.number"), so its "exists" is compared with what the data set says.
--
-- wrk -s wrk.lua URL -- CASES_FILE PATH AUTHORIZATION
-- Cases file: one case per line, "<expected 0|1|->\t<type>|<number>\t<JSON body>".

local requests, expected = {}, {}
local next_index = 0
-- Globals, so that done() can read them from each thread.
wrong, checked = 0, 0
local threads = {}
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("thread_number", thread_count)
  table.insert(threads, thread)
end

function init(args)
  local file, path, authorization = args[1], args[2], args[3]
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  if authorization and authorization ~= "" then wrk.headers["Authorization"] = authorization end
  for line in io.lines(file) do
    local flag, key, body = line:match("^([01%-])\t([^\t]*)\t(.*)$")
    if body then
      requests[#requests + 1] = wrk.format("POST", path, nil, body)
      if flag ~= "-" then expected[key] = (flag == "1") end
    end
  end
  -- Threads start at different places in the list, so they do not ask the same things at once
  -- (two threads: wrk-load.ts runs wrk with -t 2).
  next_index = math.floor(#requests * ((thread_number or 1) - 1) / 2)
end

function request()
  next_index = next_index + 1
  if next_index > #requests then next_index = 1 end
  return requests[next_index]
end

function response(status, headers, body)
  if status ~= 200 then return end
  local type_, number = body:match('^{"type":"([^"]*)","query":{"number":"([^"]*)"')
  if not type_ then return end
  local want = expected[type_ .. "|" .. number]
  if want == nil then return end
  checked = checked + 1
  if (body:find('"exists":true', 1, true) ~= nil) ~= want then wrong = wrong + 1 end
end

function done(summary, latency, _requests)
  local total_wrong, total_checked = 0, 0
  for _, thread in ipairs(threads) do
    total_wrong = total_wrong + (thread:get("wrong") or 0)
    total_checked = total_checked + (thread:get("checked") or 0)
  end
  local e = summary.errors
  io.write(string.format(
    'WRK_RESULT {"requests":%d,"durationUs":%d,"p50Us":%d,"p99Us":%d,"connectErrors":%d,' ..
      '"readErrors":%d,"writeErrors":%d,"timeouts":%d,"non2xx":%d,"wrong":%d,"checked":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect, e.read, e.write, e.timeout, e.status, total_wrong, total_checked))
end
