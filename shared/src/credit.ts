/** The serious-dishonesty list's states and steps, shared by the server's rules and the web pages. */

export type ListingState =
  | 'proposed'
  | 'notified'
  | 'awaiting_approval'
  | 'decided'
  | 'published'
  | 'removed'
  | 'withdrawn';

export type ListingStep =
  | 'notify'
  | 'statement'
  | 'decide'
  | 'approve'
  | 'send_back'
  | 'publish'
  | 'withdraw';
