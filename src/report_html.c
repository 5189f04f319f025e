#include "cli.h"
#include <stdio.h>
int cli_report(const cli_query_args *q) { (void)q; fputs("todo\n", stderr); return 4; }
