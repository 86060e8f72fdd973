"use client";

// The last resort, when even the root layout failed: no translations are available here,
// so it speaks both languages. Same reference as app/error.tsx.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: 560, margin: "15vh auto", padding: "0 16px", color: "#0f172a" }}>
        <h1>Something went wrong · 出现错误</h1>
        <p>An unexpected error stopped this page. It has been logged. · 一个意外错误中断了此页面，错误已记录。</p>
        {error.digest ? <p>Reference · 参考编号: <code>{error.digest}</code></p> : null}
        <p>
          {/* A full page load on purpose: the app's own layout is what failed. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/">Start page · 返回首页</a>
        </p>
      </body>
    </html>
  );
}
