/** Placeholder until the screen is built. */
export default function CampaignsScreen() {
  return <p>活动看板</p>;
}
