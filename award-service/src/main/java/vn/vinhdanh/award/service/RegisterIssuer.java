package vn.vinhdanh.award.service;

import vn.vinhdanh.award.domain.Authority;

/**
 * Register an issuer of decisions and the authority it acts for.
 *
 * @param signerName the full name of who signs its decisions, for the certificates; null or blank for none
 */
public record RegisterIssuer(String code, Authority authority, String nameVi, String signerName) {}
