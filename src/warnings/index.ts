// The warning registry, in checks.md order.
import type { WarningDefinition } from '../engine/warning';
import invalidTransferMechanism from './invalid-transfer-mechanism';
import noDate from './no-date';
import outdatedLaw from './outdated-law';
import stale from './stale';

export const warnings: readonly WarningDefinition[] = [outdatedLaw, invalidTransferMechanism, noDate, stale];
