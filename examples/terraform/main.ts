/**
 * The CDKTF example app (cdktf.json points here): one stack per cloud. `npm run synth` writes cdktf.out/.
 */
import { App } from 'cdktf';
import { alicloudExample } from './alicloud';
import { huaweicloudExample } from './huaweicloud';
import { opentelekomcloudExample } from './opentelekomcloud';

const app = new App();
huaweicloudExample(app);
opentelekomcloudExample(app);
alicloudExample(app);
app.synth();
