/** React wrapper of <profile-scan>, for React 18 and earlier (React 19 takes the element as it is). */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { ProfileScan as ProfileScanElement } from '../profile-scan/register.js';
import { eventName } from './events.js';

export const ProfileScan = createComponent({
  react: React,
  tagName: 'profile-scan',
  elementClass: ProfileScanElement,
  displayName: 'ProfileScan',
  events: {
    onProfileScanStart: eventName('profile-scan-start'),
    onProfileScanAnswer: eventName('profile-scan-answer'),
    onProfileScanComplete: eventName('profile-scan-complete'),
    onProfileScanNext: eventName('profile-scan-next'),
    onProfileScanReset: eventName('profile-scan-reset'),
    onInformeelLerenClear: eventName('informeel-leren-clear'),
  },
});
