import type { RelanceChannel } from '../../src-shared/relance/relance-channel';
import type { DocumentSpec } from '../documents/document-blocks';
import type { ServiceContext } from '../workspace/service-context';
import { relanceLetterSpec } from './relance-letter';
import type { ComposedMessage } from './relance-message';

/** What a step's document is written from: the composed message, possibly edited by the user. */
export interface StepDocumentRequest {
  context: ServiceContext;
  message: ComposedMessage;
  subject: string;
  body: string;
}

/** Writes the document of a letter step (lettre, LRAR, mise en demeure) as blocks. */
export type StepDocumentGenerator = (request: StepDocumentRequest) => Promise<DocumentSpec>;

const generators = new Map<RelanceChannel, StepDocumentGenerator>();

/**
 * Lets another feature provide the document of a step kind: the legal
 * documents register their own mise en demeure here, with its working of the
 * penalties. Without one, a step's letter is its template on the letterhead.
 */
export function registerStepDocumentGenerator(
  channel: RelanceChannel,
  generator: StepDocumentGenerator | null,
): void {
  if (generator) generators.set(channel, generator);
  else generators.delete(channel);
}

/** The document of a letter step, from the registered generator or the step's template. */
export function stepDocumentSpec(request: StepDocumentRequest): Promise<DocumentSpec> {
  const generator = generators.get(request.message.step.channel);
  if (generator) return generator(request);
  return Promise.resolve(
    relanceLetterSpec(request.message, request.subject, request.body, request.context.today()),
  );
}
