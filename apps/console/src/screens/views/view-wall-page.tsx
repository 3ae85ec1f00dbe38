/** Placeholder until the screen is built. */
export default function ViewWallPage() {
  return <p>大屏</p>;
}
