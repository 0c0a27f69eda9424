import {describeFrameworkApp} from '../helpers/framework-app.js';

describeFrameworkApp('Vue 3', '/dist/vue-fixture/main.js');
