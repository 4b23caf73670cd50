/** `npm run demo:totp`: the local demo operator's authenticator code now (see demo-operator.ts). */
import { DEMO_OPERATOR_NAME, demoTotpNow } from './demo-operator';

const code = demoTotpNow();
if (code) console.log(code);
else {
  console.error(`No ${DEMO_OPERATOR_NAME} on this machine yet: npm start creates it.`);
  process.exitCode = 1;
}
