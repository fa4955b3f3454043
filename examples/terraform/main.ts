/**
 * The CDKTF example app (cdktf.json points here): one stack per cloud. `npm run synth` writes cdktf.out/.
 */
import { App } from 'cdktf';

const app = new App();
app.synth();
