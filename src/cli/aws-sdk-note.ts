import { printLine } from './terminal.js';

/** The AWS SDK's documented switch for its Node.js version warning (aws/aws-sdk-js-v3#7983). */
export const AWS_SDK_NODE_WARNING_SWITCH = 'AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED';
/** The Node.js major the AWS SDK's releases after the first week of January 2027 require. */
export const AWS_SDK_NEXT_NODE_MAJOR = 22;

/**
 * On Node.js < 22 the AWS SDK for JavaScript v3 prints an 8-line NodeVersionSupportWarning the
 * first time a client is created, before any result. phiscan tells the user the same thing once,
 * in one line, and turns the SDK's own copy off with the SDK's documented switch. A user who sets
 * the switch decides: `true` hides both, any other value shows the SDK's warning instead of ours.
 * Call before the first AWS client is created.
 */
export function noteAwsSdkNodeSupport(version: string = process.versions.node): void {
  if (process.env[AWS_SDK_NODE_WARNING_SWITCH] !== undefined) return;
  process.env[AWS_SDK_NODE_WARNING_SWITCH] = 'true';
  if (Number(version.split('.')[0]) >= AWS_SDK_NEXT_NODE_MAJOR) return;
  printLine(
    `phiscan: note: AWS SDK for JavaScript releases after the first week of January 2027 need Node.js >= ${AWS_SDK_NEXT_NODE_MAJOR} (this is Node.js ${version}); ` +
      `this phiscan keeps working; see docs/aws.md "Node.js version" (${AWS_SDK_NODE_WARNING_SWITCH}=true hides this line)`,
  );
}
