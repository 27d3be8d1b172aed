import type { creditSelfZhCN } from './credit-self.zh-CN.ts';

export const creditSelfEnUS: Record<keyof typeof creditSelfZhCN, string> = {
  'credit.listing.state.awaiting_approval': 'Awaiting upper-level consent',
  'credit.approval.pending':
    'The listing decision was taken by {org} ({level}); it may be published only once an administration at a higher level whose jurisdiction covers the subject consents.',
  'credit.approval.mayApprove':
    'Your administration may consent to the decision or send it back with reasons.',
  'credit.approval.waiting': 'Waiting for the upper level to consent or send it back.',

  'credit.mine.intro':
    'Your organization as a credit subject: its credit records, serious-dishonesty listings, objections and repair applications, with their deadlines. You may object to a listing, and apply for credit repair of an active record or of a listing that has been published for a year.',
  'credit.mine.noOrg':
    'Your organization is not a credit subject; there is no credit information of your own.',
  'credit.mine.noSubject': 'Your organization ({name}, {uscc}) has no credit records.',
  'credit.mine.subject': '{name} ({uscc})',
  'credit.mine.asOf': 'As of {date}',
  'credit.mine.records': 'Credit records',
  'credit.mine.listings': 'Serious-dishonesty list',
  'credit.mine.objections': 'Objections',
  'credit.mine.repairs': 'Credit repair applications',
  'credit.mine.empty': 'None',
  'credit.mine.inPublicity': 'In publicity',
  'credit.mine.notInPublicity': 'Not in publicity',
  'credit.mine.decidedOn': 'Decided on',
  'credit.mine.publicityUntil': 'Public until',
  'credit.mine.repairFrom': 'Early removal from',
  'credit.mine.actions': 'Actions',
  'credit.mine.applyRepair': 'Apply for credit repair',
  'credit.mine.repairTitle': 'Apply for credit repair',
  'credit.mine.repairSubmitted': 'Repair application submitted',
  'credit.mine.proofName': 'Proof document',
  'credit.mine.proofReference': 'Document number',
  'credit.mine.target': 'Concerning',
  'credit.mine.target.listing': 'Listing',
  'credit.mine.target.record': 'Credit record',
  'credit.mine.overdue': 'Overdue',
  'credit.mine.loadFailed': 'Credit information could not be loaded',
};
