/** Placeholder until the screen is built. */
export default function AnalysisScreen() {
  return <p>数据分析</p>;
}
