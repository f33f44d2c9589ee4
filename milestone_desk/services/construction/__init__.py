"""Construction billing: change orders, retainage and deposits, pay applications, lien waivers."""
