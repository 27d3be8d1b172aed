import type { Localized } from '@ipp/shared';

/**
 * Titles of the document templates the rules name, as the server's PDFs print them
 * (server/src/modules/documents/templates.*.ts), so an action can say what it will produce.
 * An unknown template shows its code.
 */
export const DOCUMENT_TITLES: Record<string, Localized> = {
  filing_approval: { zh: '立案审批表', en: 'Case filing approval form' },
  no_filing_notice: { zh: '不予立案告知书', en: 'Notice of decision not to file a case' },
  acceptance_notice: { zh: '受理通知书', en: 'Notice of acceptance' },
  rejection_notice: { zh: '不予受理通知书', en: 'Notice of non-acceptance' },
  correction_notice: { zh: '补正通知书', en: 'Notice to supplement or correct materials' },
  defence_notice: { zh: '答辩通知书', en: 'Notice to submit a defence' },
  penalty_notice: { zh: '行政处罚告知书', en: 'Notice of proposed administrative penalty' },
  hearing_notice: { zh: '听证通知书', en: 'Notice of hearing' },
  penalty_decision: { zh: '行政处罚决定书', en: 'Administrative penalty decision' },
  no_penalty_decision: { zh: '不予行政处罚决定书', en: 'Decision not to impose an administrative penalty' },
  transfer_letter: { zh: '案件移送函', en: 'Letter transferring a case' },
  assistance_letter: { zh: '协助调查函', en: 'Request for assistance in investigation' },
  supervision_notice: { zh: '督办通知书', en: 'Notice of supervision of a case' },
  suspension_notice: { zh: '中止通知书', en: 'Notice of suspension' },
  resumption_notice: { zh: '恢复审理通知书', en: 'Notice of resumption' },
  adjudication_decision: {
    zh: '专利侵权纠纷行政裁决书',
    en: 'Administrative decision on a patent infringement dispute',
  },
  mediation_agreement: { zh: '调解协议书', en: 'Mediation agreement' },
  mediation_termination: { zh: '调解终止通知书', en: 'Notice of termination of mediation' },
  closing_report: { zh: '结案审批表', en: 'Case closing approval form' },
};
