// The tests expect Sorot's English texts: the CLI takes its language from the environment's locale
// (LC_ALL, LC_MESSAGES, LANG), so a machine set to Indonesian would otherwise change them.
process.env.LC_ALL = 'C.UTF-8';
