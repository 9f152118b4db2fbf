/**
 * Demo data: in demo mode (embedded database) the first start puts DW's report of 31 May 2018, "Lavrov
 * meets Kim Jong Un in North Korea", on the desk with its claims checked, through the same services
 * people use.
 */
@NullMarked
package org.claimdesk.demo;

import org.jspecify.annotations.NullMarked;
