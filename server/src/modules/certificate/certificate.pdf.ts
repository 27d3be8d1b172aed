/**
 * The certificate as an A4 PDF in Chinese: the question, the answer, the data source, the code and
 * QR code, and the SM2 signature with its key id, so that a printout can be checked.
 */
import { RIGHT_TYPE_LABELS, type VerificationDto } from '@ipp/shared';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { SM2_USER_ID } from '../../platform/crypto/sm2.ts';
import type { CertificateLinks, SignedCertificateDto } from './certificate.service.ts';
import { publicLink } from './certificate.service.ts';
import {
  beijingTime,
  cjkFonts,
  heading,
  holderMatchLabel,
  holdersText,
  MARGIN,
  row,
  statusLabel,
  yesNo,
} from './pdf-layout.ts';
import { SIGNING_ALGORITHM } from './signing-keys.ts';

export const PDF_TITLE = '知识产权权属核验证明';
const QR_SIZE = 96;

function newDocument(certificate: SignedCertificateDto): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    pdfVersion: '1.7',
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: `${PDF_TITLE} ${certificate.code}`,
      Subject: `Certificate ${certificate.code}`,
      Author: '知识产权保护信息平台',
      Creator: '知识产权保护信息平台',
      Keywords: `${certificate.code} ${certificate.keyId}`,
      CreationDate: new Date(certificate.issuedAt),
    },
  });
  const { regular, bold } = cjkFonts();
  doc.registerFont('cjk', regular);
  doc.registerFont('cjk-bold', bold);
  return doc;
}

async function header(
  doc: PDFKit.PDFDocument,
  certificate: SignedCertificateDto,
  link: string,
): Promise<void> {
  const qr = await QRCode.toBuffer(link, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 288 });
  const qrX = doc.page.width - MARGIN - QR_SIZE;
  doc.image(qr, qrX, MARGIN, { width: QR_SIZE, height: QR_SIZE });
  doc
    .font('cjk')
    .fontSize(7.5)
    .fillColor('#595959')
    .text('扫码核验', qrX, MARGIN + QR_SIZE + 2, {
      width: QR_SIZE,
      align: 'center',
    });
  const textWidth = qrX - MARGIN - 12;
  doc
    .font('cjk-bold')
    .fontSize(22)
    .fillColor('#1f1f1f')
    .text(PDF_TITLE, MARGIN, MARGIN + 4, { width: textWidth });
  doc
    .font('cjk')
    .fontSize(9)
    .fillColor('#595959')
    .text('IP Rights Verification Certificate', { width: textWidth });
  doc.moveDown(0.8);
  doc.font('cjk').fontSize(10).fillColor('#595959').text('证明编号', { continued: true, width: textWidth });
  doc.font('Courier-Bold').fontSize(14).fillColor('#1f1f1f').text(`  ${certificate.code}`);
  doc.y = Math.max(doc.y, MARGIN + QR_SIZE + 14);
}

function question(doc: PDFKit.PDFDocument, verification: VerificationDto): void {
  heading(doc, '一、核验事项');
  const { query } = verification;
  row(doc, '权利类型', RIGHT_TYPE_LABELS[verification.type]?.zh ?? verification.type);
  row(doc, '号码', query.number);
  row(doc, '声称权利人', query.holder ?? '（未提供）');
  row(doc, '核验基准日', query.asOf);
}

function answer(doc: PDFKit.PDFDocument, verification: VerificationDto): void {
  heading(doc, '二、核验结论');
  const { right } = verification;
  row(doc, '权利是否存在', yesNo(verification.exists));
  if (right) {
    row(doc, '权利名称', right.title);
    row(doc, '登记号码', right.number);
    row(doc, '法律状态', statusLabel(right.status));
    row(doc, '基准日是否有效', yesNo(right.valid));
    const dates = [
      right.filingDate && `申请日 ${right.filingDate}`,
      right.grantDate && `授权/注册日 ${right.grantDate}`,
      right.expiryDate && `届满日 ${right.expiryDate}`,
    ].filter(Boolean);
    if (dates.length > 0) row(doc, '重要日期', dates.join('　'));
  }
  row(doc, '权利人是否一致', holderMatchLabel(verification.holderMatch));
  row(doc, '基准日权利人', holdersText(verification.holdersOnDate));
  row(doc, '当前权利人', holdersText(verification.currentHolders));
  const events = verification.keyEvents.map((e) => `${e.date}　${e.summary}`).join('\n');
  row(doc, '主要法律事件', events || '无');
}

function source(doc: PDFKit.PDFDocument, certificate: SignedCertificateDto): void {
  heading(doc, '三、数据来源');
  const { dataSource, checkedAt } = certificate.verification;
  row(doc, '数据来源', dataSource?.source ?? '平台登记数据');
  if (dataSource) row(doc, '数据更新时间', beijingTime(dataSource.updatedAt));
  row(doc, '核验时间', beijingTime(checkedAt));
  row(doc, '证明签发时间', beijingTime(certificate.issuedAt));
}

function signature(doc: PDFKit.PDFDocument, certificate: SignedCertificateDto, link: string): void {
  heading(doc, '四、数字签名');
  row(doc, '签名算法', `SM2 椭圆曲线数字签名（GB/T 32918.2，SM3 杂凑，用户标识 ${SM2_USER_ID}）`);
  row(doc, '签名格式', `${SIGNING_ALGORITHM}，签名值为 r‖s 十六进制，签名原文为规范化 JSON`);
  row(doc, '密钥标识', certificate.keyId, { font: 'Courier', size: 10 });
  row(doc, '签名值', certificate.signature, { font: 'Courier', size: 7.5 });
  row(doc, '核验地址', link, { font: 'Courier', size: 9 });
  doc.moveDown(0.6);
  doc
    .font('cjk')
    .fontSize(8)
    .fillColor('#595959')
    .text(
      '本证明由知识产权保护信息平台以 SM2 数字签名签发，记录核验时的事项、结论与时间。' +
        '核验真伪：访问上方核验地址或扫描二维码，输入证明编号；' +
        '亦可向 /api/v1/certificates/check 提交签名数据，或以平台公钥（/api/v1/certificates/public-key）离线验证。' +
        '本证明仅反映核验基准日的登记数据，不替代权利机关出具的法律文书。',
      MARGIN,
      doc.y,
      { width: doc.page.width - 2 * MARGIN, lineGap: 2 },
    );
}

/** The certificate as a PDF document (A4, Chinese), with the QR code linking to its public page. */
export async function renderCertificatePdf(
  certificate: SignedCertificateDto,
  links: CertificateLinks = {},
): Promise<Buffer> {
  const doc = newDocument(certificate);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const link = publicLink(certificate.code, links);
  await header(doc, certificate, link);
  question(doc, certificate.verification);
  answer(doc, certificate.verification);
  source(doc, certificate);
  signature(doc, certificate, link);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
