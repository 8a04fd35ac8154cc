package vn.vinhdanh.award.service;

import vn.vinhdanh.award.domain.Authority;

/** Register an issuer of decisions and the authority it acts for. */
public record RegisterIssuer(String code, Authority authority, String nameVi) {}
