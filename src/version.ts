/** phiscan's version: in every report's `tool.version` and `phiscan --version` (a module of its own so that `--version` loads nothing else). */
export const TOOL_VERSION = '0.1.0';
