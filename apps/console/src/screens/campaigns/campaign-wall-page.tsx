/** Placeholder until the screen is built. */
export default function CampaignWallPage() {
  return <p>大屏</p>;
}
