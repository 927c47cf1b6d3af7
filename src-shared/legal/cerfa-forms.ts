import type { CourtKind } from './court-rows';

/** An official form for the requête en injonction de payer. */
export interface CerfaForm {
  number: string;
  title: string;
}

/** Who decides the requête: the court's president, or the juge des contentieux de la protection. */
export type JudgeKind = CourtKind | 'jcp';

// Form numbers per reference notes §3.5 (se-faire-payer.com, matuile.com, heropay.eu). Older
// numbers (12947*03, 14896*02, 12948*03) still circulate and must not be offered.
const FORMS: Readonly<Record<JudgeKind, CerfaForm>> = {
  tj: {
    number: '12948*06',
    title: 'Requête en injonction de payer devant le tribunal judiciaire',
  },
  tc: {
    number: '12946*02',
    title: 'Requête en injonction de payer devant le tribunal de commerce',
  },
  tae: {
    number: '12946*02',
    title: 'Requête en injonction de payer devant le tribunal des activités économiques',
  },
  jcp: {
    number: '16040*01',
    title: 'Requête en injonction de payer devant le juge des contentieux de la protection',
  },
};

/** The Cerfa form to file with the judge who decides the requête. */
export function cerfaForJudge(kind: JudgeKind): CerfaForm {
  return FORMS[kind];
}
