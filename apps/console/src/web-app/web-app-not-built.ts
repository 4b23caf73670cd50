import { ProblemException } from '@trustcircle/http';

/** The command that builds the web app (also run by `npm start` and the integration test setup). */
export const WEB_APP_BUILD_COMMAND = 'npm run web:build';

/** The problem for API clients asking for the web app before it was built. */
export function webAppNotBuiltProblem(): ProblemException {
  return new ProblemException({
    status: 503,
    type: 'web-app-not-built',
    title: 'The web app is not built',
    detail: `The console's web app has not been built on this server: run \`${WEB_APP_BUILD_COMMAND}\` (npm start does it).`,
    headers: { 'Cache-Control': 'no-store' },
  });
}

/** The page browsers get instead, in Vietnamese and English. Static: it says nothing about the request. */
export const WEB_APP_NOT_BUILT_PAGE = `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>TrustCircle: ứng dụng chưa sẵn sàng</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5">
<h1>Ứng dụng web chưa sẵn sàng</h1>
<p>Máy chủ đang chạy nhưng ứng dụng web chưa được build. Vui lòng thử lại sau ít phút.</p>
<p>Dành cho nhà phát triển: chạy <code>${WEB_APP_BUILD_COMMAND}</code> (<code>npm start</code> tự làm việc này).</p>
<hr>
<h2 lang="en">The web app is not ready</h2>
<p lang="en">The server is up but its web app has not been built. Please try again in a few minutes.</p>
<p lang="en">Developers: run <code>${WEB_APP_BUILD_COMMAND}</code> (<code>npm start</code> does it).</p>
</body>
</html>
`;
