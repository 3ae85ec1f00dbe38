/** Placeholder until the screen is built. */
export default function OrgScreen() {
  return <p>阵地概况</p>;
}
