import { z } from 'zod';

/**
 * The files the functions generate: `.docx` documents and `.xlsx` tables, the types WeChat's openDocument
 * opens, and the CSV a browser downloads. `fileType` is what the client passes to openDocument.
 */
export const documentTypes = ['docx', 'xlsx', 'csv'] as const;
export const ZDocumentType = z.enum(documentTypes);
export type DocumentType = z.infer<typeof ZDocumentType>;

/** A generated file: a one-hour download address and the name it is saved under, in words. */
export const ZDocumentFile = z.object({
  fileID: z.string(),
  url: z.string(),
  fileName: z.string(),
  fileType: ZDocumentType,
});
export type DocumentFile = z.infer<typeof ZDocumentFile>;
