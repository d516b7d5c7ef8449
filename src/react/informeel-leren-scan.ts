/**
 * React wrapper of <informeel-leren-scan>, for React 18 and earlier (React 19 takes the element
 * as it is). The events of the three steps inside bubble out of it.
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { InformeelLerenScan as InformeelLerenScanElement } from '../scan/register.js';
import { eventName } from './events.js';

export const InformeelLerenScan = createComponent({
  react: React,
  tagName: 'informeel-leren-scan',
  elementClass: InformeelLerenScanElement,
  displayName: 'InformeelLerenScan',
  events: {
    onProfileScanStart: eventName('profile-scan-start'),
    onProfileScanAnswer: eventName('profile-scan-answer'),
    onProfileScanComplete: eventName('profile-scan-complete'),
    onProfileScanNext: eventName('profile-scan-next'),
    onProfileScanReset: eventName('profile-scan-reset'),
    onChallengeSelect: eventName('challenge-select'),
    onActionListProfileChange: eventName('action-list-profile-change'),
    onActionListShare: eventName('action-list-share'),
    onActionListDownload: eventName('action-list-download'),
    onActionListBack: eventName('action-list-back'),
    onActionListPlan: eventName('action-list-plan'),
    onTeamChange: eventName('team-change'),
    onInformeelLerenClear: eventName('informeel-leren-clear'),
  },
});
