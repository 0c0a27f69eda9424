import {describeFrameworkApp} from '../helpers/framework-app.js';

describeFrameworkApp('Angular', '/dist/angular-fixture/main.js');
