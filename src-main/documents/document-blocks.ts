// The document model is plain data shared with the renderer, which shows the same blocks as a
// preview before a document is written.
export type {
  AddressBlock,
  DocumentBlock,
  DocumentSpec,
} from '../../src-shared/documents/document-blocks';
