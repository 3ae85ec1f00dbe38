/** Placeholder until the screen is built. */
export default function PublicViewPage() {
  return <p>公开看板</p>;
}
