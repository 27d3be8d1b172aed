/**
 * CNIPA patent full-text XML, both shapes CNIPA has published: the current
 * business:PatentDocumentAndRelated (base:/business: namespaces, original and standard number
 * forms) and the legacy cn-patent-document (ST.36-like). One file is one patent document.
 * Applicants get a country (from the office code or the address) and, for Chinese addresses, the
 * GB/T 2260 region the address names; the record's region is the first Chinese applicant's.
 */
import type { PartyInput, RightInput, RightSubtype } from '@ipp/shared';
import { countryFromAddress, guessPartyKind, regionFromAddress } from './reference.ts';
import { all, attr, first, foldSpaces, text, textAt, xmlDate } from './xml.ts';

export interface DocumentParts {
  record: RightInput;
  data: Record<string, unknown>;
}

interface Publication {
  number: string | null;
  kind: string | null;
  date: string | null;
}

/** A kind B/C (invention grant), U (utility model) or S (design) document is the grant publication. */
function placePublication(record: RightInput, pub: Publication): void {
  if (!pub.number) return;
  const canonical = `CN${pub.number}${pub.kind ?? ''}`;
  if (pub.kind && /^[BCUS]/.test(pub.kind)) {
    record.grantNumber = canonical;
    record.grantDate = pub.date;
  } else {
    record.publicationNumber = canonical;
    record.publicationDate = pub.date;
  }
}

function party(name: string, address: string | null, office: string | null): PartyInput {
  const country = office && office !== 'CN' ? office : (countryFromAddress(address) ?? null);
  const region = country ? null : regionFromAddress(address);
  const result: PartyInput = { name, kind: guessPartyKind(name) };
  if (address) result.address = address;
  if (country) result.countryCode = country;
  else if (region) {
    result.countryCode = 'CN';
    result.regionCode = region;
  }
  return result;
}

function finish(record: RightInput, data: Record<string, unknown>): DocumentParts {
  const region = record.holders.find((h) => h.regionCode)?.regionCode;
  if (region) record.regionCode = region;
  for (const key of Object.keys(data)) if (data[key] == null) delete data[key];
  return { record, data };
}

const pick = (refs: unknown[]) => refs.find((r) => attr(r, 'dataFormat') === 'original') ?? refs[0];

/** An applicant of the current format: structured province/city/county, or the address text. */
function applicantOf(applicant: unknown): PartyInput[] {
  const book = first(applicant, 'AddressBook');
  const name = textAt(book, 'Name') ?? textAt(book, 'OrganizationName');
  if (!name) return [];
  const place = ['Province', 'City', 'County'].map((k) => textAt(book, 'Address', k) ?? '').join('');
  const address = textAt(book, 'Address', 'Text');
  const found = party(name, place || address, textAt(book, 'Address', 'WIPOST3Code'));
  if (address) found.address = address;
  return [found];
}

/** IPC as printed, or put together from its parts when the text is missing. */
function ipcOf(classification: unknown): string[] {
  const written = foldSpaces(textAt(classification, 'Text'));
  if (written) return [written];
  const head = ['Section', 'MainClass', 'Subclass'].map((k) => textAt(classification, k) ?? '').join('');
  const group = `${textAt(classification, 'MainGroup')}/${textAt(classification, 'Subgroup')}`;
  return head ? [`${head} ${group}`] : [];
}

/** business:PatentDocumentAndRelated (2010s to now). */
export function readCnipaDocument(root: unknown, source: string): DocumentParts {
  const bib = first(root, 'BibliographicData');
  const pubId = first(pick(all(bib, 'PublicationReference')), 'DocumentID');
  const appId = first(pick(all(bib, 'ApplicationReference')), 'DocumentID');
  const titles = all(bib, 'InventionTitle');
  const title = text(titles.find((t) => attr(t, 'lang') === 'zh') ?? titles[0]);
  const record: RightInput = {
    type: 'patent',
    number: textAt(appId, 'DocNumber') ?? '',
    title: title ?? '',
    holders: all(bib, 'Parties', 'ApplicantDetails', 'Applicant').flatMap(applicantOf),
    inventors: all(bib, 'Parties', 'InventorDetails', 'Inventor').flatMap(
      (i) => textAt(i, 'AddressBook', 'Name') ?? [],
    ),
    classes: all(bib, 'ClassificationIPCRDetails', 'ClassificationIPCR').flatMap(ipcOf),
    filingDate: xmlDate(textAt(appId, 'Date')),
    source,
  };
  placePublication(record, {
    number: textAt(pubId, 'DocNumber'),
    kind: textAt(pubId, 'Kind'),
    date: xmlDate(textAt(pubId, 'Date')),
  });
  const priorities = all(bib, 'PriorityDetails', 'Priority')
    .filter((p) => attr(p, 'dataFormat') !== 'standard')
    .map((p) => ({
      country: textAt(p, 'WIPOST3Code'),
      number: textAt(p, 'DocNumber'),
      date: xmlDate(textAt(p, 'Date')),
    }));
  const parent = textAt(
    bib,
    'RelatedDocuments',
    'Division',
    'DocumentsRelation',
    'ParentDocument',
    'DocumentID',
    'DocNumber',
  );
  return finish(record, {
    priorities: priorities.length ? priorities : null,
    divisionalOf: parent,
    gazetteNumber: textAt(bib, 'PublicAvailabilityDate', 'GazetteReference', 'GazetteNumber'),
  });
}

const LEGACY_TYPES: Record<string, RightSubtype> = {
  发明专利: 'invention',
  实用新型: 'utility_model',
  外观设计: 'design',
};

/** cn-patent-document (the older SIPO format). */
export function readCnipaLegacyDocument(root: unknown, source: string): DocumentParts {
  const bib = first(root, 'cn-bibliographic-data');
  const pubId = first(bib, 'cn-publication-reference', 'document-id');
  const appRef = first(bib, 'application-reference');
  const appId = first(appRef, 'document-id');
  const applicants = all(bib, 'cn-parties', 'cn-applicants', 'cn-applicant').flatMap((a) => {
    const name = textAt(a, 'addressbook', 'name');
    return name ? [party(name, textAt(a, 'addressbook', 'address', 'text'), null)] : [];
  });
  const applType = attr(appRef, 'appl-type') ?? '';
  const subtype = Object.entries(LEGACY_TYPES).find(([label]) => applType.startsWith(label))?.[1];
  const record: RightInput = {
    type: 'patent',
    ...(subtype ? { subtype } : {}),
    number: textAt(appId, 'doc-number') ?? '',
    title: textAt(bib, 'invention-title') ?? '',
    holders: applicants,
    inventors: all(bib, 'cn-parties', 'cn-inventors', 'cn-inventor').flatMap((i) => textAt(i, 'name') ?? []),
    classes: all(bib, 'classifications-ipcr', 'classification-ipcr').flatMap(
      (c) => foldSpaces(textAt(c, 'text')) ?? [],
    ),
    filingDate: xmlDate(textAt(appId, 'date')),
    source,
  };
  placePublication(record, {
    number: textAt(pubId, 'doc-number'),
    kind: textAt(pubId, 'kind'),
    date: xmlDate(textAt(pubId, 'date')),
  });
  const priorities = all(bib, 'priority-claims', 'priority-claim').map((p) => ({
    country: textAt(p, 'country'),
    number: textAt(p, 'doc-number'),
    date: xmlDate(textAt(p, 'date')),
  }));
  return finish(record, {
    priorities: priorities.length ? priorities : null,
    pctApplication: textAt(bib, 'pct-or-regional-filing-data', 'document-id', 'doc-number'),
    pctPublication: textAt(bib, 'pct-or-regional-publishing-data', 'document-id', 'doc-number'),
    gazetteNumber: textAt(bib, 'cn-publication-reference', 'gazette-reference', 'gazette-num'),
  });
}
