import { z } from 'zod';

/**
 * The files the functions generate: `.docx` documents and `.xlsx` tables, the types WeChat's openDocument
 * opens, and the CSV a browser downloads. `fileType` is what the client passes to openDocument.
 */
export const documentTypes = ['docx', 'xlsx', 'csv'] as const;
export const ZDocumentType = z.enum(documentTypes);
export type DocumentType = z.infer<typeof ZDocumentType>;

/**
 * A generated file as the client gets it: a one-hour download address and the name it is saved under, in
 * words. Never the file id behind it, which would be a lasting key to a document holding personal data.
 */
export const ZDocumentFile = z.object({
  url: z.string(),
  fileName: z.string(),
  fileType: ZDocumentType,
});
export type DocumentFile = z.infer<typeof ZDocumentFile>;
