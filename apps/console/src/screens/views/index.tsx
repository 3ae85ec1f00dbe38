/** Placeholder until the screen is built. */
export default function ViewsScreen() {
  return <p>看板搭建</p>;
}
