// The check registry, in catalogue (checks.md) order. File name === check id.
import type { CheckDefinition } from '../engine/check';
import automatedDecisions from './automated-decisions';
import controllerComplaint from './controller-complaint';
import controllerIdentity from './controller-identity';
import cookies from './cookies';
import dataCategories from './data-categories';
import dataSource from './data-source';
import dpoContact from './dpo-contact';
import icoComplaint from './ico-complaint';
import internationalTransfers from './international-transfers';
import lawfulBasis from './lawful-basis';
import legitimateInterests from './legitimate-interests';
import purposes from './purposes';
import recipients from './recipients';
import retention from './retention';
import rights from './rights';
import statutoryContractual from './statutory-contractual';
import ukRepresentative from './uk-representative';
import withdrawConsent from './withdraw-consent';

export const checks: readonly CheckDefinition[] = [
  controllerIdentity,
  lawfulBasis,
  retention,
  rights,
  icoComplaint,
  internationalTransfers,
  dpoContact,
  purposes,
  legitimateInterests,
  recipients,
  withdrawConsent,
  dataCategories,
  dataSource,
  statutoryContractual,
  controllerComplaint,
  automatedDecisions,
  ukRepresentative,
  cookies,
];
