import { startFetchHarness, startServerHarness } from './test-support/harness';
import { journeySuite } from './test-support/journey-suite';

journeySuite('createMockFetch', startFetchHarness);
journeySuite('startMockServer (HTTP + cookie jar)', startServerHarness);
