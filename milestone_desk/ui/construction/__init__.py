"""Dialogs of the Construction menu: change orders, deposit, retainage release, pay applications, waivers."""
