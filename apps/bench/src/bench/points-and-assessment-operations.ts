import type { Operation } from './contract-operations';

/** A volunteer's redemption at the counter of an exchange (爱心超市), one request, staff confirming. */
export const REDEEM_GOODS: Operation = {
  name: 'RedeemGoods',
  document: `mutation RedeemGoods($input: RedeemGoodsInput!) {
  redeemGoods(input: $input) { id status points }
}`,
};

/** A county's ranking of its township institutes (考核排名) with every indicator's figures, and the units' names from org. */
export const ASSESSMENT_RANKING: Operation = {
  name: 'AssessmentRanking',
  document: `query AssessmentRanking($id: ID!) {
  assessmentScheme(id: $id) {
    name from to
    ranking { rank totalScore unit { id name } indicators { indicator { kind weight target } value numerator denominator score } }
  }
}`,
};
