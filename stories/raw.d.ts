// Vite's `?raw` imports (a file's text), as the stories use them.
declare module '*?raw' {
  const text: string;
  export default text;
}
