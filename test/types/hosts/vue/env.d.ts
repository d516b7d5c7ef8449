// The host registers the typings of the tags once, as the README says.
import type {} from 'informeel-leren/vue';
