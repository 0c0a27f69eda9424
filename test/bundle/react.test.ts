import {describeFrameworkApp} from '../helpers/framework-app.js';

describeFrameworkApp('React 19', '/dist/react-fixture/main.js');
