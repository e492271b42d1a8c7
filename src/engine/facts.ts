// Analyses several checks share, computed at most once per document.
import type { PolicyDocument } from './document';
import { type BasisMention, findReliedBases, type LawfulBasis } from './lexicons/lawful-bases';

export interface Facts {
  /** Article 6 bases stated as relied on, each with where it is said. */
  reliedBases(): readonly BasisMention[];
  reliesOn(basis: LawfulBasis): boolean;
}

export function createFacts(doc: PolicyDocument): Facts {
  let bases: BasisMention[] | undefined;
  const reliedBases = () => {
    bases ??= findReliedBases(doc);
    return bases;
  };
  return {
    reliedBases,
    reliesOn: (basis) => reliedBases().some((m) => m.basis === basis),
  };
}
