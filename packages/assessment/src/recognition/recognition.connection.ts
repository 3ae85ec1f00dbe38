import { ConnectionType } from '@civic/subgraph-kit';
import { Recognition } from './recognition.type';

export const RecognitionConnection = ConnectionType(Recognition, 'Recognition', 'recognitions (评优表彰)');
