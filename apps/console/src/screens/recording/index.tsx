/** Placeholder until the screen is built. */
export default function RecordingScreen() {
  return <p>数据录入</p>;
}
