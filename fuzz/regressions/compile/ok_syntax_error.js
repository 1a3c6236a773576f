let x = ;
function (
