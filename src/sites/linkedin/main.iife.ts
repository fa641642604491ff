/** The content script for this site's pages: its adapter only, so pages load nothing of other sites. */
import { startContent } from '../../content/start';
import { adapter } from './adapter';

startContent(adapter);
