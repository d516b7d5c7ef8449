/** React wrapper of <action-list>, for React 18 and earlier (React 19 takes the element as it is). */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { ActionList as ActionListElement } from '../action-list/register.js';
import { eventName } from './events.js';

export const ActionList = createComponent({
  react: React,
  tagName: 'action-list',
  elementClass: ActionListElement,
  displayName: 'ActionList',
  events: {
    onActionListProfileChange: eventName('action-list-profile-change'),
    onActionListShare: eventName('action-list-share'),
    onActionListDownload: eventName('action-list-download'),
    onActionListPlan: eventName('action-list-plan'),
    onActionListBack: eventName('action-list-back'),
    onInformeelLerenClear: eventName('informeel-leren-clear'),
  },
});
