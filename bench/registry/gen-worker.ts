/**
 * A generation worker: builds the same party pool as the main thread (same seed), then turns index
 * ranges into COPY text for each table. Party rows are sent on first use; the main thread drops
 * the duplicates that two workers may both send.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadRegions, makeParties } from './parties.ts';
import { makeRight } from './records.ts';
import { PartyBook, RejectedRecord, rightId, rowsOf } from './rows.ts';

export interface WorkerSetup {
  entry: string;
  seed: number;
  partyCount: number;
  today: string;
  now: string;
}

export interface Chunk {
  start: number;
  end: number;
}

export interface ChunkResult {
  start: number;
  count: number;
  rights: string;
  right_search: string;
  right_numbers: string;
  right_holders: string;
  right_events: string;
  parties: string[];
  rejected: string[];
}

const setup = workerData as WorkerSetup;
const regions = loadRegions();
const parties = makeParties(setup.seed, setup.partyCount, regions);
const context = { seed: setup.seed, parties, regions: [...regions.values()].flat(), today: setup.today };
const book = new PartyBook(parties, setup.now);

parentPort!.on('message', (chunk: Chunk) => {
  const out = {
    rights: [] as string[],
    right_search: [] as string[],
    right_numbers: [] as string[],
    right_holders: [] as string[],
    right_events: [] as string[],
  };
  const result: ChunkResult = {
    start: chunk.start,
    count: 0,
    rights: '',
    right_search: '',
    right_numbers: '',
    right_holders: '',
    right_events: '',
    parties: [],
    rejected: [],
  };
  for (let index = chunk.start; index < chunk.end; index++) {
    try {
      const rows = rowsOf(makeRight(index, context), rightId(setup.seed, index), book, setup.now);
      out.rights.push(rows.rights);
      out.right_search.push(rows.right_search);
      out.right_numbers.push(...rows.right_numbers);
      out.right_holders.push(...rows.right_holders);
      out.right_events.push(...rows.right_events);
      result.parties.push(...rows.parties);
      result.count += 1;
    } catch (error) {
      if (!(error instanceof RejectedRecord)) throw error;
      result.rejected.push(error.message);
    }
  }
  result.rights = out.rights.join('');
  result.right_search = out.right_search.join('');
  result.right_numbers = out.right_numbers.join('');
  result.right_holders = out.right_holders.join('');
  result.right_events = out.right_events.join('');
  parentPort!.postMessage(result);
});
parentPort!.postMessage('ready');
