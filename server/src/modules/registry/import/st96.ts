/**
 * WIPO ST.96 (V6) documents: patent publication, trademark application, design application and
 * GI application. The type comes from the root element. Numbers of offices other than CN are
 * written with the office code in front ("US13797521") so the CN number rules leave them alone.
 */
import type { PartyInput, RightInput, RightSubtype } from '@ipp/shared';
import type { DocumentParts } from './cnipa.ts';
import { guessPartyKind } from './reference.ts';
import { all, attr, first, text, textAt, xmlDate } from './xml.ts';

function withOffice(office: string | null, number: string | null): string {
  if (!number) return '';
  if (!office || office === 'CN' || office === 'WO') return number;
  return /^[A-Za-z]/.test(number) ? `${office} ${number}` : `${office}${number}`;
}

/** A party's name in any of ST.96's name forms. */
function nameOf(node: unknown): string | null {
  const name = first(node, 'Contact', 'Name') ?? first(node, 'PublicationContact', 'Name');
  const structured = first(name, 'PersonName', 'PersonStructuredName');
  const person = [textAt(structured, 'FirstName'), textAt(structured, 'LastName')].filter(Boolean).join(' ');
  return (
    textAt(name, 'OrganizationName', 'OrganizationStandardName') ??
    textAt(name, 'EntityName') ??
    textAt(name, 'PersonName', 'PersonFullName') ??
    (person || null)
  );
}

function parties(nodes: unknown[]): PartyInput[] {
  const seen = new Set<string>();
  return nodes.flatMap((node) => {
    const name = nameOf(node);
    if (!name || seen.has(name)) return [];
    seen.add(name);
    const party: PartyInput = { name, kind: guessPartyKind(name) };
    const country =
      textAt(node, 'IncorporationCountryCode') ??
      textAt(node, 'Contact', 'PostalAddressBag', 'PostalAddress', 'CountryCode');
    if (country) party.countryCode = country;
    return [party];
  });
}

const niceClasses = (bag: unknown) =>
  all(bag, 'GoodsServicesClassification')
    .filter((c) => textAt(c, 'ClassificationKindCode') === 'Nice')
    .flatMap((c) => textAt(c, 'ClassNumber') ?? []);

function patentPublication(root: unknown, source: string): DocumentParts[] {
  const bib = first(root, 'BibliographicData');
  const pub = first(bib, 'PatentPublicationIdentification');
  const app = first(bib, 'ApplicationIdentification');
  const office = textAt(pub, 'IPOfficeCode') ?? textAt(root, 'IPOfficeCode');
  const kind = textAt(pub, 'PatentDocumentKindCode') ?? '';
  const category = textAt(app, 'InventionSubjectMatterCategory');
  const subtype: RightSubtype =
    category === 'Design'
      ? 'design'
      : office === 'CN' && kind.startsWith('U')
        ? 'utility_model'
        : 'invention';
  const partyBag = first(bib, 'PartyBag');
  const assignees = all(partyBag, 'AssigneeBag', 'Assignee');
  const record: RightInput = {
    type: 'patent',
    subtype,
    number: withOffice(
      textAt(app, 'IPOfficeCode') ?? office,
      textAt(app, 'ApplicationNumber', 'ApplicationNumberText'),
    ),
    title: textAt(bib, 'InventionTitleBag', 'InventionTitle') ?? '',
    holders: parties(assignees.length ? assignees : all(partyBag, 'ApplicantBag', 'Applicant')),
    inventors: parties(all(partyBag, 'InventorBag', 'Inventor')).map((p) => p.name),
    classes: all(bib, 'PatentClassificationBag', 'IPCRClassificationBag', 'IPCRClassification').map(
      (c) =>
        `${textAt(c, 'Section')}${textAt(c, 'Class')}${textAt(c, 'Subclass')} ${Number(textAt(c, 'MainGroup'))}/${textAt(c, 'Subgroup') ?? '00'}`,
    ),
    filingDate: xmlDate(textAt(app, 'FilingDate')),
    source,
  };
  const number = withOffice(office, `${textAt(pub, 'PublicationNumber') ?? ''}${kind}`);
  const date = xmlDate(textAt(pub, 'PublicationDate'));
  // A B publication is the grant itself (US B1/B2, CN B/C).
  if (/^[BC]/.test(kind)) Object.assign(record, { grantNumber: number, grantDate: date });
  else Object.assign(record, { publicationNumber: number, publicationDate: date });
  return [{ record, data: { office, kindCode: kind || null, category } }];
}

const MARK_CATEGORIES: Record<string, RightSubtype> = {
  Trademark: 'trademark',
  'Collective mark': 'collective_mark',
  'Certification mark': 'certification_mark',
};

function trademarkApplication(root: unknown, source: string): DocumentParts[] {
  return all(root, 'TrademarkBag', 'Trademark').map((mark) => {
    const office =
      textAt(mark, 'RegistrationOfficeCode') ?? textAt(mark, 'ApplicationNumber', 'IPOfficeCode');
    const goods = all(mark, 'GoodsServicesBag', 'GoodsServices');
    const classes = [
      ...goods.flatMap((g) => niceClasses(first(g, 'GoodsServicesClassificationBag'))),
      ...goods.flatMap((g) =>
        all(g, 'ClassDescriptionBag', 'ClassDescription').flatMap((d) => textAt(d, 'ClassNumber') ?? []),
      ),
    ];
    const record: RightInput = {
      type: 'trademark',
      subtype: MARK_CATEGORIES[textAt(mark, 'MarkCategory') ?? ''] ?? 'trademark',
      number: withOffice(
        office,
        textAt(mark, 'RegistrationNumber') ?? textAt(mark, 'ApplicationNumber', 'ApplicationNumberText'),
      ),
      title:
        textAt(
          mark,
          'MarkRepresentation',
          'MarkReproduction',
          'WordMarkSpecification',
          'MarkVerbalElementText',
        ) ?? '',
      holders: parties(all(mark, 'ApplicantBag', 'Applicant')),
      classes: [...new Set(classes.map((c) => String(Number(c))))],
      goodsServices: goods.flatMap((g) =>
        all(g, 'ClassDescriptionBag', 'ClassDescription', 'GoodsServicesDescriptionText').flatMap(
          (t) => text(t) ?? [],
        ),
      ),
      filingDate: xmlDate(textAt(mark, 'ApplicationDate')),
      publicationDate: xmlDate(textAt(mark, 'PublicationBag', 'Publication', 'PublicationDate')),
      grantDate: xmlDate(textAt(mark, 'RegistrationDate')),
      expiryDate: xmlDate(textAt(mark, 'ExpiryDate')),
      source,
    };
    const applicationNumber = textAt(mark, 'ApplicationNumber', 'ApplicationNumberText');
    return { record, data: { office, applicationNumber, status: textAt(mark, 'MarkCurrentStatusCode') } };
  });
}

function designApplication(root: unknown, source: string): DocumentParts[] {
  const office = textAt(root, 'RegistrationOfficeCode') ?? textAt(root, 'ApplicationNumber', 'IPOfficeCode');
  const applicationNumber = textAt(root, 'ApplicationNumber', 'ApplicationNumberText');
  const designs = all(root, 'DesignBag', 'Design');
  return designs.map((design) => {
    const id = textAt(design, 'DesignIdentifier');
    const number = designs.length > 1 ? `${applicationNumber}-${id}` : applicationNumber;
    const record: RightInput = {
      type: 'patent',
      subtype: 'design',
      number: withOffice(office, number),
      grantNumber: withOffice(office, textAt(design, 'RegistrationNumber')) || null,
      title: textAt(design, 'DesignTitleText') ?? '',
      holders: parties(all(design, 'ApplicantBag', 'Applicant')),
      inventors: parties(all(design, 'DesignerBag', 'Designer')).map((p) => p.name),
      classes: all(
        design,
        'DesignClassificationBag',
        'LocarnoClassificationBag',
        'LocarnoClassificationText',
      ).flatMap((t) => text(t) ?? []),
      filingDate: xmlDate(textAt(root, 'ApplicationDate') ?? textAt(design, 'ApplicationDate')),
      grantDate: xmlDate(textAt(design, 'RegistrationDate')),
      expiryDate: xmlDate(textAt(design, 'ExpiryDate')),
      source,
    };
    // A design's publication follows its registration (Hague deferment), unlike a patent's
    // application publication: it is kept as data, not as publicationDate.
    const publication = first(design, 'PublicationBag', 'Publication');
    return {
      record,
      data: {
        office,
        designIdentifier: id,
        publication: textAt(publication, 'PublicationIdentifier'),
        publicationDate: xmlDate(textAt(publication, 'PublicationDate')),
      },
    };
  });
}

function giApplication(root: unknown, source: string): DocumentParts[] {
  const gi = first(root, 'GIData');
  const office = attr(gi, 'officeCode');
  const publication = first(gi, 'GIPublicationBag', 'GIPublication');
  const record: RightInput = {
    type: 'gi',
    subtype: 'product_gi',
    number: withOffice(office, textAt(gi, 'ApplicationNumber', 'ApplicationNumberText')),
    title: textAt(gi, 'GINameBag', 'GINameText') ?? '',
    holders: parties(all(root, 'ApplicantBag', 'Applicant')),
    authorizedUsers: parties(all(root, 'AuthorizedUser')),
    classes: all(gi, 'ProductIndicationBag', 'GoodsServices', 'GoodsServicesClassificationBag').flatMap(
      niceClasses,
    ),
    filingDate: xmlDate(textAt(gi, 'ApplicationDate')),
    publicationDate: xmlDate(textAt(publication, 'PublicationDate')),
    announcementNo: textAt(publication, 'PublicationIdentifier'),
    source,
  };
  return [
    {
      record,
      data: {
        office,
        category: textAt(gi, 'GICategory'),
        translatedName: textAt(gi, 'GINameBag', 'GINameTranslationText'),
        area: textAt(
          gi,
          'GeographicRegionDescriptionBag',
          'GeographicRegionDescription',
          'GeographicRegionDescriptionText',
        ),
      },
    },
  ];
}

const READERS: Record<string, (root: unknown, source: string) => DocumentParts[]> = {
  PatentPublication: patentPublication,
  TrademarkApplication: trademarkApplication,
  DesignApplication: designApplication,
  GIApplication: giApplication,
};

/** The records of an ST.96 document (parsed, namespace prefixes removed). */
export function readSt96(document: Record<string, unknown>, source: string): DocumentParts[] {
  const rootName = Object.keys(document).find((k) => READERS[k]);
  if (!rootName) throw new Error(`not a supported ST.96 document (${Object.keys(document).join(', ')})`);
  return READERS[rootName]!(document[rootName], source);
}
