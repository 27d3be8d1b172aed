import { Type } from 'typebox';
import { CHECK_REASONS } from './certificate.service.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

const Holder = Type.Object({
  name: Type.String(),
  uscc: Nullable(Type.String()),
  kind: Type.String(),
  role: Type.String(),
  from: Nullable(Type.String()),
  to: Nullable(Type.String()),
});

/** The verification as signed: the question (query), the answer and checkedAt. */
export const CertifiedVerificationSchema = Type.Object(
  {
    type: Type.String(),
    query: Type.Object({ number: Type.String(), holder: Nullable(Type.String()), asOf: Type.String() }),
    exists: Type.Boolean(),
    right: Nullable(
      Type.Object({
        id: Type.String(),
        number: Type.String(),
        subtype: Nullable(Type.String()),
        title: Type.String(),
        status: Type.String(),
        valid: Type.Boolean(),
        filingDate: Nullable(Type.String()),
        grantDate: Nullable(Type.String()),
        expiryDate: Nullable(Type.String()),
      }),
    ),
    holderMatch: Nullable(
      Type.Object({ claimed: Type.String(), result: Type.String(), matchedHolder: Nullable(Type.String()) }),
    ),
    holdersOnDate: Type.Array(Holder),
    currentHolders: Type.Array(Holder),
    keyEvents: Type.Array(
      Type.Object({
        type: Type.String(),
        date: Type.String(),
        summary: Type.String(),
        detail: Nullable(Type.Object({}, { additionalProperties: true })),
      }),
    ),
    dataSource: Nullable(Type.Object({ source: Type.String(), updatedAt: Type.String() })),
    checkedAt: Type.String(),
  },
  { $id: 'CertifiedVerification' },
);

export const CertificateSchema = Type.Object(
  {
    code: Type.String({ description: 'Short code, e.g. K7QF-3M9T-XW2P' }),
    issuedAt: Type.String({ format: 'date-time' }),
    keyId: Type.String({ description: 'First 16 hex of SM3(public key)' }),
    verification: Type.Ref('CertifiedVerification'),
    signature: Type.String({ description: 'SM2 signature of payload: r ‖ s, 128 hex characters' }),
    url: Type.String({ description: 'Public page, /c/CODE' }),
    pdfUrl: Type.String(),
    qrSvg: Type.String({ description: 'QR code of the public page, as SVG' }),
    payload: Type.String({
      description: 'Exactly the signed text: canonical JSON (sorted keys), UTF-8. Verify it offline.',
    }),
  },
  { $id: 'Certificate' },
);

export const CertificateCheckSchema = Type.Object(
  {
    genuine: Type.Boolean({ description: 'Signed by the platform’s key' }),
    unaltered: Type.Boolean({ description: 'Exactly what was signed and recorded' }),
    reason: Type.Union(
      Object.keys(CHECK_REASONS).map((r) => Type.Literal(r)),
      {
        description: Object.entries(CHECK_REASONS)
          .map(([k, v]) => `${k}: ${v}`)
          .join('; '),
      },
    ),
    certificate: Type.Optional(Type.Ref('Certificate')),
  },
  { $id: 'CertificateCheck' },
);

const SigningKeySchema = Type.Object({
  keyId: Type.String(),
  publicKey: Type.String({ description: 'Uncompressed point 04 ‖ X ‖ Y, hex' }),
  active: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
});

export const PublicKeySchema = Type.Object(
  {
    keyId: Type.String(),
    publicKey: Type.String({ description: 'Uncompressed point 04 ‖ X ‖ Y, hex' }),
    algorithm: Type.String({ description: 'SM2 signature with SM3 (GB/T 32918.2)' }),
    curve: Type.String(),
    userId: Type.String({ description: 'The SM2 user ID (ENTL ‖ ID enters the Z value)' }),
    signatureFormat: Type.String(),
    payloadFormat: Type.String(),
    keys: Type.Array(SigningKeySchema, { description: 'Every platform key, retired ones too' }),
  },
  { $id: 'SigningPublicKey' },
);

export const CodeParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 40 }) });

const Code = Type.String({ minLength: 1, maxLength: 40 });
const Payload = Type.String({ minLength: 2, maxLength: 256 * 1024 });
const Signature = Type.String({ pattern: '^[0-9A-Fa-f]{128}$', description: 'r ‖ s, 128 hex characters' });

export const CheckBody = Type.Union(
  [
    Type.Object({ code: Code }, { additionalProperties: false }),
    Type.Object(
      { payload: Payload, signature: Signature, keyId: Type.Optional(Type.String({ maxLength: 64 })) },
      { additionalProperties: false },
    ),
  ],
  { description: 'A code, or the signed payload with its signature (as printed or downloaded)' },
);
