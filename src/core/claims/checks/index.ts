// The registry of claim checks, in the order they run within each stage. A new check is one file
// here and one line in this list (and, for a new kind of finding, one entry in ../codes.ts).
import type { ClaimCheck } from "../context";
import { citationMismatchCheck } from "./citation-mismatch";
import { oppositePredicateCheck } from "./opposite-predicate";
import { oppositeComparisonCheck } from "./opposite-comparison";
import { opposedModifierCheck } from "./opposed-modifier";
import { polarityCheck } from "./polarity";
import { doubtedFactCheck } from "./doubted-fact";
import { reversedRolesCheck } from "./reversed-roles";
import { wrongAgentCheck } from "./wrong-agent";
import { quantityCheck } from "./quantity";
import { quoteCheck } from "./quote";
import { roleCheck } from "./role";
import { swappedNameCheck } from "./swapped-name";
import { otherPossessorCheck } from "./other-possessor";
import { possessorCheck } from "./possessor";
import { nameAsModifierCheck } from "./name-as-modifier";
import { reportedSpeakerCheck } from "./reported-speaker";
import { reportedActCheck } from "./reported-act";
import { declinedCommentCheck } from "./declined-comment";
import { speechRecipientCheck } from "./speech-recipient";
import { listMemberCheck } from "./list-member";
import { relationDirectionCheck } from "./relation-direction";
import { unsupportedCauseCheck } from "./unsupported-cause";
import { unstatedReasonCheck } from "./unstated-reason";
import { otherPublicationCheck } from "./other-publication";
import { multiplierRangeCheck } from "./multiplier-range";
import { describedDoerCheck } from "./described-doer";
import { otherKinCheck } from "./other-kin";
import { leadSpanCheck } from "./lead-span";
import { unsupportedChangeCheck } from "./unsupported-change";
import { unstatedFactCheck } from "./unstated-fact";
import { unstatedActCheck } from "./unstated-act";
import { unstatedDenialCheck } from "./unstated-denial";
import { polarityInPassageCheck } from "./polarity-in-passage";
import { nonFactualFigureCheck } from "./non-factual-figure";
import { unstatedQualityCheck } from "./unstated-quality";
import { oneOfAKindCheck } from "./one-of-a-kind";
import { unstatedQuantifierCheck } from "./unstated-quantifier";
import { unstatedConditionCheck } from "./unstated-condition";
import { rankCheck } from "./rank";
import { swappedMeasureCheck } from "./swapped-measure";
import { comparedMeasuresCheck } from "./compared-measures";
import { comparedPeriodsCheck } from "./compared-periods";
import { otherTimeWordCheck } from "./other-time-word";
import { shareSizeCheck } from "./share-size";
import { begunBeforeCheck } from "./begun-before";
import { deniedAttributeCheck } from "./denied-attribute";
import { substitutedWordsCheck } from "./substituted-words";
import { forecastFigureCheck } from "./forecast-figure";
import { possibleOnlyCheck } from "./possible-only";
import { reversedOrderCheck } from "./reversed-order";
import { reversedContrastCheck } from "./reversed-contrast";

export const CLAIM_CHECKS: readonly ClaimCheck[] = [
  quantityCheck,
  otherTimeWordCheck,
  rankCheck,
  swappedMeasureCheck,
  comparedMeasuresCheck,
  comparedPeriodsCheck,
  quoteCheck,
  roleCheck,
  polarityCheck,
  doubtedFactCheck,
  oppositePredicateCheck,
  oppositeComparisonCheck,
  opposedModifierCheck,
  reversedRolesCheck,
  wrongAgentCheck,
  possessorCheck,
  nameAsModifierCheck,
  reportedSpeakerCheck,
  reportedActCheck,
  declinedCommentCheck,
  speechRecipientCheck,
  listMemberCheck,
  relationDirectionCheck,
  swappedNameCheck,
  substitutedWordsCheck,
  otherPossessorCheck,
  citationMismatchCheck,
  unsupportedCauseCheck,
  unstatedReasonCheck,
  otherPublicationCheck,
  multiplierRangeCheck,
  describedDoerCheck,
  otherKinCheck,
  leadSpanCheck,
  unsupportedChangeCheck,
  unstatedFactCheck,
  unstatedActCheck,
  unstatedDenialCheck,
  begunBeforeCheck,
  deniedAttributeCheck,
  forecastFigureCheck,
  possibleOnlyCheck,
  reversedOrderCheck,
  reversedContrastCheck,
  polarityInPassageCheck,
  nonFactualFigureCheck,
  unstatedQualityCheck,
  oneOfAKindCheck,
  unstatedQuantifierCheck,
  unstatedConditionCheck,
  shareSizeCheck,
];
